using System.Runtime.CompilerServices;

namespace ComplianceHub.ArchitectureTests.Rules;

/// <summary>STYLE.md: contracts are public sealed records with init properties (or enums); the namespace is identity.</summary>
internal static class ContractRules
{
    public static IEnumerable<string> Shapes(IEnumerable<Type> types)
    {
        foreach (var type in types.Where(t => !t.IsNested && !IsCompilerGenerated(t)))
        {
            if (!type.IsPublic)
            {
                yield return $"{type.FullName} is not public";
            }

            if (type.IsEnum)
            {
                continue;
            }

            if (!type.IsSealed || type.GetMethod("<Clone>$") is null)
            {
                yield return $"{type.FullName} is not a sealed record";
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                if (!property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    yield return $"{type.FullName}.{property.Name} has a setter that is not init-only";
                }
            }
        }
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.Name.StartsWith('<');
}
