using ComplianceHub.Shared.Geography;

namespace ComplianceHub.DataSubjectRequests.ReceiveRequest;

internal static class ReceiveRequestValidator
{
    public static (ValidationErrors Errors, RequestType? Type) Validate(ReceiveRequestRequest request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var type = RequestEnums.Parse<RequestType>(errors, "type", request.Type, required: true);
        errors.When(request.ReceivedAt is null, "receivedAt", "Required: when the request was received (ISO 8601 with offset).")
            .When(request.ReceivedAt > now + Instants.ClockSkew, "receivedAt", "Must not be in the future.");
        errors.Text("channel", request.Channel, RequestLimits.ChannelLength, required: true, multiline: false);
        errors.When(!CountryCode.IsValid(request.Country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        errors.Text("description", request.Description, RequestLimits.DescriptionLength, required: false);
        var subject = request.Subject;
        if (subject is null)
        {
            errors.Add("subject", "Required: the subject's name, email or identifier.");
            return (errors, type);
        }

        errors.Text("subject.name", subject.Name, RequestLimits.NameLength, required: false, multiline: false);
        errors.Text("subject.email", subject.Email, RequestLimits.EmailLength, required: false, multiline: false);
        errors.Text("subject.identifier", subject.Identifier, RequestLimits.IdentifierLength, required: false, multiline: false);
        errors.When(subject.Email is { } email && !EmailAddress.IsPlausible(email.Trim()), "subject.email", "Not an email address.")
            .When(string.IsNullOrWhiteSpace(subject.Name) && string.IsNullOrWhiteSpace(subject.Email) && string.IsNullOrWhiteSpace(subject.Identifier),
                "subject", "At least one of name, email or identifier is required.");
        return (errors, type);
    }
}
