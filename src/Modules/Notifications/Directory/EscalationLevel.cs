namespace ComplianceHub.Notifications.Directory;

/// <summary>
/// One rung of an escalation policy: who is alerted (the words <c>regional</c>, <c>deputy</c>, <c>group</c>, or DPO
/// ids) after <see cref="WaitMinutes"/> without acknowledgement.
/// </summary>
public sealed record EscalationLevel(IReadOnlyList<string> Targets, int WaitMinutes)
{
    public const string Regional = "regional";
    public const string Deputy = "deputy";
    public const string Group = "group";

    /// <summary>Regional DPO → deputy after 15 min → group DPO after 30 min.</summary>
    public static readonly IReadOnlyList<EscalationLevel> Default =
        [new([Regional], 0), new([Deputy], 15), new([Group], 30)];
}
