using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Reporting.Processors;

internal static class ProcessorValidator
{
    /// <summary>
    /// The checks on the body; null when anything is invalid. An active processor without a DPA is accepted: the
    /// register records what happens, the Processor Compliance report flags it (Art. 28(3)).
    /// </summary>
    public static ProcessorFields? Validate(ProcessorRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.Text("name", request.Name, RegisterLimits.NameLength, required: true, multiline: false);
        errors.When(string.IsNullOrWhiteSpace(request.Country), "country", "Required: ISO 3166-1 alpha-2 code of the processor's establishment.")
            .When(!string.IsNullOrWhiteSpace(request.Country) && !CountryCode.IsValid(request.Country), "country", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").")
            .When(request.DpaSignedOn > today, "dpaSignedOn", "Must not be in the future: the date the agreement was signed.")
            .When(request.LastAuditOn > today, "lastAuditOn", "Must not be in the future: the date of the last audit.");
        var subProcessors = TextLists.Validate(errors, "subProcessors", request.SubProcessors, required: false, "Art. 28(2)");
        var status = RequestEnums.Parse<ProcessorStatus>(errors, "status", request.Status, required: true);
        return errors.IsValid && subProcessors is not null && status is { } s
            ? new ProcessorFields(request.Name!.Trim(), request.Country!, request.DpaSignedOn, subProcessors, request.LastAuditOn, s)
            : null;
    }
}
