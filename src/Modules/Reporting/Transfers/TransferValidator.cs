using ComplianceHub.Reporting.Registers;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Residency;

namespace ComplianceHub.Reporting.Transfers;

internal static class TransferValidator
{
    /// <summary>
    /// The checks on the body; null when anything is invalid. An <c>Adequacy</c> transfer to a country without a
    /// decision is accepted: the register records what happens, its safeguard reads <c>Inadequate</c> (ADR 0013).
    /// </summary>
    public static TransferFields? Validate(TransferRequest request, DateOnly today, ValidationErrors errors)
    {
        errors.Text("recipient", request.Recipient, RegisterLimits.NameLength, required: true, multiline: false);
        var country = request.DestinationCountry;
        errors.When(string.IsNullOrWhiteSpace(country), "destinationCountry", "Required: ISO 3166-1 alpha-2 code of the third country (e.g. \"US\").")
            .When(!string.IsNullOrWhiteSpace(country) && !CountryCode.IsValid(country), "destinationCountry", "Not an ISO 3166-1 alpha-2 code (e.g. \"US\").")
            .When(CountryCode.IsValid(country) && EeaCountries.Contains(country!), "destinationCountry",
                "An EEA state is not a third country: data flowing there is no Chapter V transfer and needs no entry.");
        var mechanism = RequestEnums.Parse<TransferMechanism>(errors, "mechanism", request.Mechanism, required: true);
        errors.When(request.ImpactAssessedOn > today, "impactAssessedOn", "Must not be in the future: the date the assessment was done.")
            .When(request.ExpiresOn < request.ImpactAssessedOn, "expiresOn", "Must not be before impactAssessedOn: a safeguard cannot lapse before it was assessed.");
        return errors.IsValid && mechanism is { } m
            ? new TransferFields(request.Recipient!.Trim(), country!, m, request.ImpactAssessedOn, request.ExpiresOn)
            : null;
    }
}
