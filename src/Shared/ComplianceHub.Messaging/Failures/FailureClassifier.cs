using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using System.Security;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace ComplianceHub.Shared.Messaging.Failures;

/// <summary>
/// Tells transient failures (try again later), conflicts (a lost race in our database: try again now) and permanent
/// ones (dead-letter at once) apart. The exception chain is read outside in: the first exception whose type decides
/// wins; then the codes written only in the messages (HTTP and SMTP status, errno names, SQLSTATE); anything else is
/// transient, so an unknown failure still gets its retries before it is dead-lettered.
/// </summary>
public static partial class FailureClassifier
{
    private static readonly HashSet<string> TransientSqlStates = ["40001", "40P01", "55P03", "57P01", "57P02", "57P03", "53300", "53400"];

    // SQL Server: deadlock victim, timeout, and the Azure SQL "try again" family.
    private static readonly HashSet<int> TransientSqlServerNumbers = [1205, -2, 233, 4060, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    public static FailureKind Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var chain = Chain(exception).ToList();
        foreach (var e in chain)
        {
            if (ByType(e) is { } kind)
            {
                return kind;
            }
        }

        foreach (var e in chain)
        {
            if (ByText(e.Message) is { } kind)
            {
                return kind;
            }
        }

        return FailureKind.Transient;
    }

    /// <summary>
    /// HTTP statuses from a channel: 408, 429, 500, 502, 503 and 504 may pass; any other 4xx will not, nor 501 (Not
    /// Implemented) and 505 (HTTP Version Not Supported), which a retry of the same request cannot change. Every channel
    /// (SMS gateway, webhooks) decides by this.
    /// </summary>
    public static FailureKind? ForHttpStatus(int status) => status switch
    {
        408 or 429 or 500 or 502 or 503 or 504 => FailureKind.Transient,
        >= 400 and < 500 => FailureKind.Permanent,
        >= 500 and < 600 => FailureKind.Permanent,
        _ => null,
    };

    private static FailureKind? ByType(Exception e) => e switch
    {
        PermanentFailureException or UnauthorizedAccessException or SecurityException => FailureKind.Permanent,
        // Stored personal data that is not ciphertext under a listed key: no retry changes it (an operator replays).
        MessageSecurity.UnreadablePersonalDataException => FailureKind.Permanent,
        System.ComponentModel.DataAnnotations.ValidationException or ArgumentException or FormatException => FailureKind.Permanent,
        JsonException or System.Runtime.Serialization.SerializationException => FailureKind.Permanent,
        DbUpdateConcurrencyException => FailureKind.Conflict,
        HttpRequestException { StatusCode: { } status } => ForHttpStatus((int)status),
        HttpRequestException or SocketException or IOException or TimeoutException or OperationCanceledException => FailureKind.Transient,
        WebException { Response: HttpWebResponse response } => ForHttpStatus((int)response.StatusCode),
        PostgresException pg => ForSqlState(pg.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient ? FailureKind.Transient : null,
        SqliteException sqlite => sqlite.SqliteErrorCode switch
        {
            5 or 6 => FailureKind.Transient, // SQLITE_BUSY, SQLITE_LOCKED
            19 when sqlite.SqliteExtendedErrorCode is 1555 or 2067 => FailureKind.Conflict, // primary key / unique
            _ => null,
        },
        SqlException sql => sql.Number is 2601 or 2627 ? FailureKind.Conflict
            : TransientSqlServerNumbers.Contains(sql.Number) || sql.IsTransient ? FailureKind.Transient : null,
        DbException db => db.IsTransient ? FailureKind.Transient : ForSqlState(db.SqlState),
        BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException => FailureKind.Transient,
        MassTransit.RabbitMqConnectionException or MassTransit.ConnectionException => FailureKind.Transient,
        _ => null,
    };

    private static FailureKind? ForSqlState(string? state) => state switch
    {
        null => null,
        "23505" => FailureKind.Conflict,
        _ when TransientSqlStates.Contains(state) || state.StartsWith("08", StringComparison.Ordinal) => FailureKind.Transient,
        _ => null,
    };

    /// <summary>Codes a library put only into its message text (e.g. "SMTP 421 …", "status code 503", "ECONNRESET").</summary>
    internal static FailureKind? ByText(string text)
    {
        if (HttpStatusText().Match(text) is { Success: true } http && ForHttpStatus(int.Parse(http.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture)) is { } byHttp)
        {
            return byHttp;
        }

        if (SmtpReplyText().Match(text) is { Success: true } smtp)
        {
            return smtp.Groups["class"].Value == "4" ? FailureKind.Transient : FailureKind.Permanent;
        }

        if (SqlStateText().Match(text) is { Success: true } sqlState)
        {
            return ForSqlState(sqlState.Groups["state"].Value);
        }

        return TransientText().IsMatch(text) ? FailureKind.Transient : null;
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var e) && seen.Count < 64)
        {
            if (!seen.Add(e))
            {
                continue;
            }

            yield return e;
            var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(e.InnerException is { } i ? [i] : []);
            foreach (var next in inner.Reverse())
            {
                pending.Push(next);
            }
        }
    }

    // "HTTP 503", "HTTP/1.1 404", "status code 429", and HttpClient's "does not indicate success: 401 (Unauthorized)".
    [GeneratedRegex(@"\b(?:HTTP(?:/\d(?:\.\d)?)?|status(?:\s*code)?|indicate success:)\D{0,3}(?<code>[1-5]\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpStatusText();

    // An SMTP reply: "SMTP 421", "421 4.7.0 …", "550 5.1.1 …" (enhanced status codes, RFC 3463).
    [GeneratedRegex(@"(?:\bSMTP\D{0,3}(?<class>[45])\d\d\b)|(?:\b(?<class>[45])\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmtpReplyText();

    [GeneratedRegex(@"\b(?:SQLSTATE|SqlState)\W{0,3}(?<state>[0-9A-Z]{5})\b|^(?<state>40001|40P01|23505|57P0[123]|53300|08\d{3}):", RegexOptions.CultureInvariant)]
    private static partial Regex SqlStateText();

    [GeneratedRegex(@"\b(?:ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENETDOWN|ENOTFOUND|EAI_AGAIN)\b|connection (?:was )?(?:reset|refused|aborted|closed)|broken pipe|timed? ?out|temporar(?:y|ily) (?:failure|unavailable)|name or service not known|no such host|deadlock|try again", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransientText();
}
