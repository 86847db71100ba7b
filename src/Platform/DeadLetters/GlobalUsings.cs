// The namespaces most of the DeadLetters module's files use (its store, the outbox, the audit trail), named once here.
global using ComplianceHub.Shared.Audit;
global using ComplianceHub.Shared.DeadLetters.Data;
global using ComplianceHub.Shared.Messaging.Outbox;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
