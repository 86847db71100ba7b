// The namespaces most of this project's files use, once.
global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using ComplianceHub.Breaches.Authorities;
global using ComplianceHub.Breaches.AuthorityNotification;
global using ComplianceHub.Breaches.Domain;
global using ComplianceHub.Testing;
global using Microsoft.Extensions.DependencyInjection;
