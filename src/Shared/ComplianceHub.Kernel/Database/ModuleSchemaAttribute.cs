using System.Reflection;

namespace ComplianceHub.Shared.Database;

/// <summary>Names the database schema a module's DbContext owns (STYLE.md: one schema per module).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModuleSchemaAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string Of(Type contextType) =>
        contextType.GetCustomAttribute<ModuleSchemaAttribute>()?.Name
        ?? throw new InvalidOperationException($"{contextType.Name} must declare [ModuleSchema(\"...\")].");
}
