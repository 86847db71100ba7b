namespace ComplianceHub.Breaches.AuthorityNotification;

/// <summary>The Art. 33(3) items still empty, named as the draft's JSON fields, so the DPO knows what must follow (Art. 33(4)).</summary>
internal static class MissingItems
{
    public static IReadOnlyList<string> Of(BreachDraftFacts facts)
    {
        var missing = new List<string>();
        Add(missing, "description", IsBlank(facts.Description));
        Add(missing, "dataCategories", !facts.DataCategories.Any(c => !IsBlank(c)));
        Add(missing, "approxSubjectsAffected", facts.ApproxSubjectsAffected is null);
        Add(missing, "approxRecordsAffected", facts.ApproxRecordsAffected is null);

        // (b) asks for the name and contact details: a name without any way to reach the person is not enough.
        Add(missing, "contactPoint", facts.ContactPoint is not { } contact
            || IsBlank(contact.Name) || (IsBlank(contact.Email) && IsBlank(contact.Phone)));
        Add(missing, "likelyConsequences", IsBlank(facts.LikelyConsequences));
        Add(missing, "measuresTaken", IsBlank(facts.MeasuresTaken));
        return missing;
    }

    private static void Add(List<string> missing, string item, bool isMissing)
    {
        if (isMissing)
        {
            missing.Add(item);
        }
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);
}
