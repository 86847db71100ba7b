// The namespaces most of this project's files use, once.
global using System.Net;
global using System.Net.Http.Json;
global using System.Security.Cryptography;
global using System.Text;
global using System.Text.Json;
global using ComplianceHub.DataSubjectRequests.Contracts;
global using ComplianceHub.DataSubjectRequests.Domain;
global using ComplianceHub.DataSubjectRequests.Tests.Workflow;
global using ComplianceHub.Shared.MessageSecurity;
global using ComplianceHub.Shared.Messaging.Outbox;
global using ComplianceHub.Testing;
global using ComplianceHub.Testing.Outbound;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
