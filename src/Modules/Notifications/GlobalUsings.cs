// The namespaces nearly every use case of the module needs (endpoints, the module's context and domain, HTTP and
// identity conventions): named once here instead of at the top of each file.
global using System.Security.Claims;
global using ComplianceHub.Notifications.Data;
global using ComplianceHub.Notifications.Domain;
global using ComplianceHub.Shared.Database;
global using ComplianceHub.Shared.Http;
global using ComplianceHub.Shared.Identity;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
