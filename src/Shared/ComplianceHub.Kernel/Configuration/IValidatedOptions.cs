namespace ComplianceHub.Shared.Configuration;

/// <summary>
/// Options that check themselves. Errors name the full configuration key (e.g. <c>Messaging:Transport</c>)
/// so an operator can fix the setting without reading code.
/// </summary>
public interface IValidatedOptions
{
    IEnumerable<string> Validate(string section);
}
