using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplianceHub.Breaches;

/// <summary>
/// An operation answering 200 as JSON or, on request, as text (the register as CSV, the draft as HTML). ApiExplorer keeps
/// one response type per status, so a second <c>Produces</c> would hide the JSON one: the text form is added here instead.
/// </summary>
internal static class TextAlternative
{
    public static RouteHandlerBuilder AlsoProducesText(this RouteHandlerBuilder builder, string mediaType) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                response.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            return Task.CompletedTask;
        });
}
