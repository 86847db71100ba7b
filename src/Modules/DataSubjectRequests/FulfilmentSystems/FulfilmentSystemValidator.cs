using System.Text.RegularExpressions;

namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

internal static partial class FulfilmentSystemValidator
{
    public static (ValidationErrors Errors, DeliveryKind? Delivery, List<string> Types) Validate(FulfilmentSystemRequest request)
    {
        var errors = new ValidationErrors();
        errors.Text("name", request.Name, RequestLimits.SystemNameLength, required: true, multiline: false);
        var delivery = RequestEnums.Parse<DeliveryKind>(errors, "delivery", request.Delivery, required: true);
        var types = new List<string>();
        var given = request.RequestTypes ?? [];
        errors.When(given.Count == 0, "requestTypes", "At least one request type.");
        for (var i = 0; i < given.Count && i < 10; i++)
        {
            if (RequestEnums.Parse<RequestType>(errors, $"requestTypes[{i}]", given[i], required: true) is { } type && !types.Contains(type.ToString()))
            {
                types.Add(type.ToString());
            }
        }

        errors.Text("address", request.Address, RequestLimits.AddressLength, required: true, multiline: false);
        if (!string.IsNullOrWhiteSpace(request.Address) && delivery is { } kind)
        {
            var address = request.Address.Trim();
            errors.When(kind == DeliveryKind.Bus && !QueueName().IsMatch(address), "address", "A queue name: letters, digits, '-', '_' or '.'.")
                .When(kind == DeliveryKind.Webhook && !IsWebhookUrl(address),
                    "address", "An absolute https URL without credentials (plain http only to an allow-listed loopback address).");
        }

        return (errors, delivery, types);
    }

    /// <summary>
    /// The subject's identifiers travel in the body: https, or plain http to this machine (tests, sidecars); where the
    /// URL may point (public, or allow-listed, loopback for plain http) the endpoint asks the outbound guard.
    /// </summary>
    private static bool IsWebhookUrl(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var url) && url.UserInfo.Length == 0
        && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>At most 200 characters: with its organisation's prefix (44) the queue name stays within RabbitMQ's 255.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")]
    private static partial Regex QueueName();
}
