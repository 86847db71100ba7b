namespace ComplianceHub.Reporting.Schedules.Quartz;

/// <summary>One column of a Quartz table as its ADO delegates read and write it; <see cref="Length"/> bounds text on SQL Server.</summary>
internal sealed record QuartzColumn(string Name, Type Type, bool Nullable = false, int? Length = null, object? Default = null)
{
    public static QuartzColumn Text(string name, int length, bool nullable = false) => new(name, typeof(string), nullable, length);

    public static QuartzColumn Long(string name, bool nullable = false) => new(name, typeof(long), nullable);

    public static QuartzColumn Int(string name, bool nullable = false, int? defaultValue = null) => new(name, typeof(int), nullable, Default: defaultValue);

    public static QuartzColumn Bool(string name, bool nullable = false, bool? defaultValue = null) => new(name, typeof(bool), nullable, Default: defaultValue);

    public static QuartzColumn Bytes(string name, bool nullable = true) => new(name, typeof(byte[]), nullable);
}
