namespace ComplianceHub.Reporting.Registers;

/// <summary>What every register's create and replace request carries besides its fields.</summary>
internal interface IRegisterRequest
{
    /// <summary>The organisation of the entry (a platform caller names it; an entry never moves to another).</summary>
    Guid? OrganizationId { get; }

    /// <summary>On a replace, the revision last read.</summary>
    int? Revision { get; }
}
