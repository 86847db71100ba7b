namespace ComplianceHub.Notifications.Webhooks;

internal static class WebhookValidator
{
    private const int MaxEventTypes = 20;

    /// <summary>The errors, and the event types in canonical spelling without duplicates.</summary>
    public static (ValidationErrors Errors, List<string> EventTypes) Validate(WebhookRequest request)
    {
        var errors = new ValidationErrors();
        if (WebhookUrl.Problem(request.Url) is { } urlProblem)
        {
            errors.Add("url", urlProblem);
        }

        errors.When(request.Description?.Length > 500, "description", "At most 500 characters.");
        List<string> types = [];
        if (request.EventTypes is not { Count: > 0 } requested)
        {
            errors.Add("eventTypes", "At least one alert type, or \"*\" for all.");
            return (errors, types);
        }

        errors.When(requested.Count > MaxEventTypes, "eventTypes", $"At most {MaxEventTypes}.");
        for (var i = 0; i < requested.Count; i++)
        {
            if (WebhookEventTypes.Canonical(requested[i]) is { } type)
            {
                types.Add(type);
            }
            else
            {
                errors.Add($"eventTypes[{i}]", "Unknown: an alert type (e.g. DataBreach, AccessControl) or \"*\".");
            }
        }

        return (errors, [.. types.Distinct(StringComparer.Ordinal)]);
    }
}
