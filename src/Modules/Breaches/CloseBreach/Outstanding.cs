namespace ComplianceHub.Breaches.CloseBreach;

/// <summary>What a breach still owes before it may be closed.</summary>
internal static class Outstanding
{
    /// <summary>
    /// Unless assessed as NoRisk, every required authority needs its initial notification (Art. 33(1); an unassessed
    /// breach is presumed to need one), and a high-risk breach needs its Art. 34 communication or exemption.
    /// </summary>
    public static IReadOnlyList<string> Of(Breach breach, IReadOnlyCollection<string> notifiedAuthorities)
    {
        if (breach.RiskLevel == RiskLevel.NoRisk)
        {
            return [];
        }

        List<string> owed = [.. breach.RequiredAuthorities.Where(c => !notifiedAuthorities.Contains(c)).Select(c => $"initial notification to the {c} supervisory authority")];
        if (breach.RiskLevel == RiskLevel.HighRisk && !breach.SubjectCommunicationSettled)
        {
            owed.Add("communication to the people affected, or an Art. 34(3) exemption");
        }

        return owed;
    }
}
