// The namespaces nearly every use case of the module needs (endpoints, the module's context and domain, HTTP and
// identity conventions): named once here instead of at the top of each file.
global using System.Security.Claims;
global using ComplianceHub.DataSubjectRequests.Data;
global using ComplianceHub.DataSubjectRequests.Domain;
global using ComplianceHub.Shared.Database;
global using ComplianceHub.Shared.Http;
global using ComplianceHub.Shared.Identity;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.EntityFrameworkCore;
// What a command on one request answers: 202 with its state, 404, 400, or a problem (403, 409).
global using RequestCommandResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Accepted<ComplianceHub.DataSubjectRequests.RequestStateView>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;
