using ComplianceHub.Shared.Http;

namespace Microsoft.AspNetCore.Builder;

public static class OperationExampleExtensions
{
    /// <summary>Shows <paramref name="request"/> and <paramref name="response"/> as examples of this operation in the OpenAPI document.</summary>
    public static RouteHandlerBuilder WithExample(this RouteHandlerBuilder builder, object? request, object? response = null, int responseStatus = 200) =>
        builder.WithMetadata(new OperationExample(OperationExample.ToJson(request), OperationExample.ToJson(response), responseStatus));
}
