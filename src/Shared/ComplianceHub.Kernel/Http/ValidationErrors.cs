using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Shared.Http;

/// <summary>Collects field errors for an RFC 9457 validation problem (field names in camelCase, as on the wire).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    /// <summary>The fields with at least one error, as they will appear in the problem's <c>errors</c>.</summary>
    public IReadOnlyCollection<string> Fields => _errors.Keys;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public ValidationErrors When(bool invalid, string field, string message) => invalid ? Add(field, message) : this;

    /// <summary>
    /// A free-text field: present when <paramref name="required"/>, at most <paramref name="maxLength"/> characters,
    /// no control characters (line breaks and tabs allowed where <paramref name="multiline"/>).
    /// </summary>
    public ValidationErrors Text(string field, string? value, int maxLength, bool required, bool multiline = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return When(required, field, "Required.");
        }

        return When(value.Length > maxLength, field, $"At most {maxLength} characters.")
            .When(value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')), field, "Must not contain control characters.");
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(
            _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: "One or more fields are invalid");
}
