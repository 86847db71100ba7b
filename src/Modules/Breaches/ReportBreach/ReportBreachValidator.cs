using ComplianceHub.Shared.Geography;

namespace ComplianceHub.Breaches.ReportBreach;

internal static class ReportBreachValidator
{
    /// <summary>A report may arrive a little ahead of our clock; anything later than this is a mistake.</summary>
    public static ValidationErrors Validate(ReportBreachRequest request, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Text("title", request.Title, BreachLimits.TitleLength, required: true);
        errors.Text("description", request.Description, BreachLimits.DescriptionLength, required: true);
        errors.Text("source", request.Source, BreachLimits.SourceLength, required: true);
        errors.Text("likelyConsequences", request.LikelyConsequences, BreachLimits.DescriptionLength, required: false);
        errors.Text("measuresTaken", request.MeasuresTaken, BreachLimits.DescriptionLength, required: false);

        errors.When(request.DetectedAt is null, "detectedAt", "Required: when the breach was detected (ISO 8601 with offset).")
            .When(request.DetectedAt > now + Instants.ClockSkew, "detectedAt", "Must not be in the future.")
            .When(request.AwareAt > now + Instants.ClockSkew, "awareAt", "Must not be in the future.")
            .When(request.AwareAt < request.DetectedAt, "awareAt", "Must not be before detectedAt.")
            .When(request.ApproxSubjectsAffected is null or < 0, "approxSubjectsAffected", "Required: zero or more (Art. 33(3)(a)).")
            .When(request.ApproxRecordsAffected is null or < 0, "approxRecordsAffected", "Required: zero or more (Art. 33(3)(a)).");

        ContactPointValidator.Validate(errors, "contactPoint", request.ContactPoint);

        var countries = request.AffectedCountries ?? [];
        errors.When(countries.Count == 0, "affectedCountries", "At least one ISO 3166-1 alpha-2 country code is required.")
            .When(countries.Count > BreachLimits.MaxCountries, "affectedCountries", $"At most {BreachLimits.MaxCountries} countries.");
        for (var i = 0; i < countries.Count && i < BreachLimits.MaxCountries; i++)
        {
            errors.When(!CountryCode.IsValid(countries[i]), $"affectedCountries[{i}]", "Not an ISO 3166-1 alpha-2 code (e.g. \"DE\").");
        }

        var categories = request.DataCategories ?? [];
        errors.When(categories.Count == 0, "dataCategories", "At least one category of personal data is required (Art. 33(3)(a)).")
            .When(categories.Count > BreachLimits.MaxCategories, "dataCategories", $"At most {BreachLimits.MaxCategories} categories.");
        for (var i = 0; i < categories.Count && i < BreachLimits.MaxCategories; i++)
        {
            errors.Text($"dataCategories[{i}]", categories[i], BreachLimits.CategoryLength, required: true);
        }

        return errors;
    }
}
