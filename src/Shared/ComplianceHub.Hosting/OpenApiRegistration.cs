using ComplianceHub.Shared.Http;
using ComplianceHub.Shared.Http.Idempotency;
using ComplianceHub.Shared.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ComplianceHub.Shared.Hosting;

internal static class OpenApiRegistration
{
    public const string RolesExtension = "x-compliancehub-roles";
    public const string PlatformExtension = "x-compliancehub-platform-only";

    public static void AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddOperationTransformer((operation, context, _) =>
        {
            // Who may call it, as the endpoint declares it (docs/security.md holds the matrix, a test compares the two).
            var access = EndpointAccess.Of(new Endpoint(null, new EndpointMetadataCollection(context.Description.ActionDescriptor.EndpointMetadata), null));
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[RolesExtension] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray([.. access.Roles.Select(r => (System.Text.Json.Nodes.JsonNode?)r)]));
            operation.Extensions[PlatformExtension] = new JsonNodeExtension(access.PlatformOnly);
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentEndpoint>().Any())
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(IdempotencyKeyParameter());
            }

            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationExample>().FirstOrDefault() is { } example)
            {
                AddExample(operation, example);
            }

            if (access.Roles.Count > 0)
            {
                operation.Description = $"{operation.Description}\n\nRoles: {string.Join(", ", access.Roles)}{(access.PlatformOnly ? " (platform callers only)" : "")}.".TrimStart();
            }

            return Task.CompletedTask;
        }).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ComplianceHub API";
            document.Info.Description = "GDPR compliance messaging: breaches, DPO alerts, reports, security events and rights requests.";
            return Task.CompletedTask;
        }));

    private static void AddExample(OpenApiOperation operation, OperationExample example)
    {
        if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
        {
            foreach (var media in requestContent.Values.OfType<OpenApiMediaType>())
            {
                media.Example = example.Request.DeepClone();
            }
        }

        if (example.Response is not null
            && operation.Responses?.TryGetValue(example.ResponseStatus.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true
            && response.Content is { } responseContent)
        {
            // The example is JSON: an operation that also answers CSV or HTML keeps those without one.
            foreach (var media in responseContent.Where(c => IsJson(c.Key)).Select(c => c.Value).OfType<OpenApiMediaType>())
            {
                media.Example = example.Response.DeepClone();
            }
        }
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static OpenApiParameter IdempotencyKeyParameter() => new()
    {
        Name = IdempotencyKey.Header,
        In = ParameterLocation.Header,
        Required = false,
        Description = "Optional. A retry with the same key (1-255 printable ASCII characters, per caller) returns the first answer, "
            + "with Idempotent-Replayed: true; the same key with a different request answers 422. Kept for Http:IdempotencyKeyRetention.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
    };

    /// <summary><c>/openapi/v1.json</c> and the interactive reference at <c>/scalar/v1</c> (and <c>/docs</c>).</summary>
    public static void MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("ComplianceHub API")).AllowAnonymous();
        app.MapGet("/docs", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription().AllowAnonymous();
    }
}
