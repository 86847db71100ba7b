using System.Text.Json;

namespace ComplianceHub.Shared.DeadLetters;

/// <summary>A dead letter's decrypted payload: the body as JSON when it is JSON, else as base64.</summary>
public sealed record DeadLetterPayloadView(
    Guid Id, string? ContentType, JsonElement? Body, string? BodyBase64, IReadOnlyDictionary<string, string?> Headers, IReadOnlyList<string> Errors)
{
    public static DeadLetterPayloadView Of(DeadLetter entry, DeadLetterPayload payload)
    {
        var bytes = Convert.FromBase64String(payload.Body);
        try
        {
            using var json = JsonDocument.Parse(bytes);
            return new(entry.Id, payload.ContentType, json.RootElement.Clone(), null, payload.Headers, payload.Errors);
        }
        catch (JsonException)
        {
            return new(entry.Id, payload.ContentType, null, Convert.ToBase64String(bytes), payload.Headers, payload.Errors);
        }
    }
}
