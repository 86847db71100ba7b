// The namespaces most of this project's files use, once.
global using System.Collections.Concurrent;
global using System.Globalization;
global using System.Net;
global using System.Net.Http.Json;
global using System.Security.Cryptography;
global using System.Text;
global using System.Text.Json;
global using ComplianceHub.Shared.DeadLetters.Data;
global using ComplianceHub.Shared.MessageSecurity;
global using ComplianceHub.Testing;
global using ComplianceHub.Testing.Ledger;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Npgsql;
global using RabbitMQ.Client;
