using System.Net.Sockets;
using Npgsql;

namespace ComplianceHub.Shared.Tests.Messaging.Failures;

public sealed class FailureClassifierTests
{
    public static TheoryData<Exception, FailureKind> ByType => new()
    {
        { new SocketException((int)SocketError.ConnectionReset), FailureKind.Transient },
        { new SocketException((int)SocketError.ConnectionRefused), FailureKind.Transient },
        { new SocketException((int)SocketError.HostNotFound), FailureKind.Transient },
        { new IOException("Unable to write data to the transport connection: Broken pipe."), FailureKind.Transient },
        { new TimeoutException(), FailureKind.Transient },
        { new ComplianceHub.Shared.MessageSecurity.UnreadablePersonalDataException(Guid.NewGuid(), "Secret", "not encrypted", null), FailureKind.Permanent },
        { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout"), FailureKind.Transient },
        { new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)), FailureKind.Transient },
        { Http(HttpStatusCode.RequestTimeout), FailureKind.Transient },
        { Http(HttpStatusCode.TooManyRequests), FailureKind.Transient },
        { Http(HttpStatusCode.InternalServerError), FailureKind.Transient },
        { Http(HttpStatusCode.BadGateway), FailureKind.Transient },
        { Http(HttpStatusCode.ServiceUnavailable), FailureKind.Transient },
        { Http(HttpStatusCode.GatewayTimeout), FailureKind.Transient },
        { Http(HttpStatusCode.BadRequest), FailureKind.Permanent },
        { Http(HttpStatusCode.Unauthorized), FailureKind.Permanent },
        { Http(HttpStatusCode.Forbidden), FailureKind.Permanent },
        { Http(HttpStatusCode.NotFound), FailureKind.Permanent },
        { Http(HttpStatusCode.UnprocessableEntity), FailureKind.Permanent },
        { new ValidationException("Title is required"), FailureKind.Permanent },
        { new UnauthorizedAccessException(), FailureKind.Permanent },
        { new JsonException("'<' is an invalid start of a value."), FailureKind.Permanent },
        { new PermanentFailureException("signature mismatch"), FailureKind.Permanent },
        { new DbUpdateConcurrencyException("The row was changed"), FailureKind.Conflict },
        { new DbUpdateException("insert failed", Postgres("23505")), FailureKind.Conflict },
        { new DbUpdateException("insert failed", Postgres("40P01")), FailureKind.Transient },
        { Postgres("40001"), FailureKind.Transient },
        { Postgres("57P01"), FailureKind.Transient },
        { Postgres("08006"), FailureKind.Transient },
        { new DbUpdateException("insert failed", new SqliteException("UNIQUE constraint failed", 19, 2067)), FailureKind.Conflict },
        { new SqliteException("database is locked", 5), FailureKind.Transient },
        { new AggregateException(new InvalidOperationException("x"), new JsonException("bad")), FailureKind.Permanent },
        { new InvalidOperationException("Something unexpected"), FailureKind.Transient },
    };

    [Theory]
    [MemberData(nameof(ByType))]
    public void Exceptions_are_classified_by_type_through_their_inner_exceptions(Exception exception, FailureKind expected)
    {
        Assert.Equal(expected, FailureClassifier.Classify(exception));
    }

    [Theory]
    [InlineData("SMTP 421 Service not available, closing transmission channel", FailureKind.Transient)]
    [InlineData("451 4.3.0 Mail server temporarily rejected message", FailureKind.Transient)]
    [InlineData("550 5.1.1 The email account that you tried to reach does not exist", FailureKind.Permanent)]
    [InlineData("SMS gateway answered with status code 503", FailureKind.Transient)]
    [InlineData("Webhook returned HTTP 429", FailureKind.Transient)]
    [InlineData("Webhook returned HTTP/1.1 404", FailureKind.Permanent)]
    [InlineData("Webhook returned HTTP 501", FailureKind.Permanent)]
    [InlineData("SMS gateway answered with status code 505", FailureKind.Permanent)]
    [InlineData("SMS gateway answered with status code 504", FailureKind.Transient)]
    [InlineData("Response status code does not indicate success: 401 (Unauthorized).", FailureKind.Permanent)]
    [InlineData("read ECONNRESET", FailureKind.Transient)]
    [InlineData("getaddrinfo EAI_AGAIN sms.example.eu", FailureKind.Transient)]
    [InlineData("40P01: deadlock detected", FailureKind.Transient)]
    [InlineData("23505: duplicate key value violates unique constraint", FailureKind.Conflict)]
    [InlineData("The operation has timed out.", FailureKind.Transient)]
    public void Codes_carried_only_in_the_message_text_are_recognised(string text, FailureKind expected)
    {
        Assert.Equal(expected, FailureClassifier.Classify(new InvalidOperationException(text)));
    }

    [Fact]
    public void A_typed_decision_wins_over_the_text()
    {
        // The message mentions a 503, but a validation failure stays permanent.
        Assert.Equal(FailureKind.Permanent, FailureClassifier.Classify(new ValidationException("status code 503 is not a valid country")));
    }

    private static HttpRequestException Http(HttpStatusCode status) => new($"Response status {(int)status}", null, status);

    private static PostgresException Postgres(string sqlState) => new("error", "ERROR", "ERROR", sqlState);
}
