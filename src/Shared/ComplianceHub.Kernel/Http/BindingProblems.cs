using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// A request minimal APIs could not bind (query, route or header value, JSON body) as the validation problem the
/// handlers answer, naming the field (the JSON path inside a body, <c>body</c> for the body as a whole) and the
/// expected shape, never the value: a value may be personal data (GDPR Art. 5(1)(c), Art. 32).
/// </summary>
public static partial class BindingProblems
{
    public const string Body = "body";

    private const string UnsupportedMediaType = "Must be sent as application/json.";

    /// <summary>
    /// Routing refuses a body of another media type with a bare 415 before any parameter is bound (the status code
    /// pages write its problem): name the body there too.
    /// </summary>
    public static void NameUnsupportedBody(ProblemDetails problem)
    {
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && !problem.Extensions.ContainsKey("errors")
            && problem is not HttpValidationProblemDetails)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [Body] = [UnsupportedMediaType] };
        }
    }

    public static HttpValidationProblemDetails From(HttpContext context, BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            // A value of the wrong type names its path; JSON that does not parse (truncated, bad syntax, too deep) is
            // the body's fault as a whole, whatever property the reader had reached.
            return IsConversion(json)
                ? Problem(exception.StatusCode, BodyField(json.Path), "The value has the wrong type or is not one of the allowed values.")
                : Problem(exception.StatusCode, Body, Malformed(json));
        }

        var message = exception.Message;
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(exception.StatusCode, Body, UnsupportedMediaType);
        }

        var match = ParameterPattern().Match(message);
        if (!match.Success)
        {
            return Problem(exception.StatusCode, Body, "The request could not be read.");
        }

        // Decided on the framework's wording only: the value quoted at the end of 'Failed to bind' is the caller's.
        var readingBody = message.StartsWith("Failed to read", StringComparison.Ordinal);
        var required = message.StartsWith("Required", StringComparison.Ordinal);
        if (readingBody || message.StartsWith("Implicit body", StringComparison.Ordinal) || (required && message.EndsWith("from body.", StringComparison.Ordinal)))
        {
            return Problem(exception.StatusCode, Body, readingBody ? "The body could not be read." : "Required.");
        }

        var parameter = Parameter(context, match.Groups["name"].Value);
        var field = WireName(parameter, match.Groups["name"].Value);
        return Problem(exception.StatusCode, field, required ? "Required." : ExpectedValue.Describe(parameter?.ParameterType));
    }

    private static HttpValidationProblemDetails Problem(int status, string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
        {
            Status = status,
            Title = "One or more fields are invalid",
        };

    private static string BodyField(string? path) => string.IsNullOrEmpty(path) || path == "$" ? Body : path.TrimStart('$', '.');

    // System.Text.Json messages quote the CLR type and never the value; only the kind of failure is kept.
    private static bool IsConversion(JsonException json) => json.Message.Contains("could not be converted", StringComparison.Ordinal);

    private static string Malformed(JsonException json) => json.LineNumber is { } line && json.BytePositionInLine is { } position
        ? string.Create(CultureInfo.InvariantCulture, $"The JSON is malformed (line {line + 1}, byte {position + 1}).")
        : "The JSON is malformed.";

    // The exception handler has cleared the request's endpoint by now; its feature keeps the one that failed.
    private static ParameterInfo? Parameter(HttpContext context, string name)
    {
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name);
    }

    /// <summary>The name the caller used: an explicit <c>[FromQuery(Name = ...)]</c>, else the parameter's, in camelCase.</summary>
    private static string WireName(ParameterInfo? parameter, string name)
    {
        var explicitName = parameter?.GetCustomAttributes().Select(a => a switch
        {
            IFromQueryMetadata q => q.Name,
            IFromRouteMetadata r => r.Name,
            IFromHeaderMetadata h => h.Name,
            _ => null,
        }).FirstOrDefault(n => n is not null);
        return explicitName ?? (name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..]);
    }

    // The framework's messages: 'Failed to bind parameter "int page" from "…".', 'Required parameter "Guid id" was not
    // provided from query string.', 'Implicit body inferred for parameter "request" but …'; the value is never read.
    [GeneratedRegex("parameter \"(?:(?<type>[^\"]*) )?(?<name>[^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
