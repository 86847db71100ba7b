namespace ComplianceHub.DataSubjectRequests;

/// <summary>Who may call the module's request endpoints: the privacy team handles requests, an auditor may read them.</summary>
internal static class RequestRoles
{
    /// <summary>The people who handle requests; on a task, they may complete any of their organisation's.</summary>
    public static readonly string[] Handlers = [Roles.Admin, Roles.Dpo, Roles.ComplianceAnalyst];

    /// <summary>The handlers and an Integration key (an intake form, a fulfilment system).</summary>
    public static readonly string[] HandlersAndSystems = [.. Handlers, Roles.Integration];

    public static readonly string[] Readers = [.. Handlers, Roles.Auditor];
}
