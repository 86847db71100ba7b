namespace ComplianceHub.Breaches;

/// <summary>A command on one breach as the API describes it: its route's last segment, operation name, summary and examples.</summary>
/// <param name="Action">The route after <c>/breaches/{id}/</c>, e.g. <c>close</c>.</param>
/// <param name="Example">The request shown in the OpenAPI document.</param>
/// <param name="Answer">The 202 answer shown in the OpenAPI document.</param>
internal sealed record BreachOperation(string Action, string Name, object Example, object Answer, string Summary);
