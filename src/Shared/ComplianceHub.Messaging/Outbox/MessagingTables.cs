namespace ComplianceHub.Shared.Messaging.Outbox;

/// <summary>The outbox, inbox and lease tables every module schema carries (STYLE.md: per-module outbox).</summary>
internal static class MessagingTables
{
    public static void AddMessagingTables(this ModelBuilder model, string schema, bool isSqlite, Func<string, string> quote)
    {
        // SQLite has one namespace for all modules: prefix the table names there.
        string Table(string name) => isSqlite ? $"{schema}_{name}" : name;

        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable(Table("outbox_message"));
            e.HasKey(m => m.SequenceNumber);
            e.Property(m => m.SequenceNumber).ValueGeneratedOnAdd();
            e.Property(m => m.PartitionKey).HasMaxLength(100);
            e.Property(m => m.SourceAddress).HasMaxLength(256);
            e.Property(m => m.DestinationAddress).HasMaxLength(256);
            e.Property(m => m.ResponseAddress).HasMaxLength(256);
            e.Property(m => m.FaultAddress).HasMaxLength(256);
            e.Property(m => m.ContentType).HasMaxLength(256);
            e.Property(m => m.LastError).HasMaxLength(2000);

            // The dispatcher's two queries read only undelivered, unparked rows: partial indexes stay small
            // whatever the number of delivered rows kept for the retention window.
            var pending = $"{quote("DeliveredAt")} IS NULL AND {quote("ParkedAt")} IS NULL";
            e.HasIndex(m => m.SequenceNumber).HasDatabaseName($"IX_{Table("outbox_message")}_pending_now")
                .HasFilter($"{pending} AND {quote("DueAt")} IS NULL");
            e.HasIndex(m => m.DueAt).HasDatabaseName($"IX_{Table("outbox_message")}_pending_timers")
                .HasFilter($"{pending} AND {quote("DueAt")} IS NOT NULL");
            e.HasIndex(m => m.RetryAt).HasDatabaseName($"IX_{Table("outbox_message")}_pending_retries")
                .HasFilter($"{pending} AND {quote("RetryAt")} IS NOT NULL");
            e.HasIndex(m => m.SchedulingTokenId);
            e.HasIndex(m => m.DeliveredAt);
        });

        model.Entity<InboxState>(e =>
        {
            e.ToTable(Table("inbox_state"));
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).ValueGeneratedOnAdd();
            e.HasIndex(i => new { i.MessageId, i.ConsumerId }).IsUnique();
            e.HasIndex(i => i.DeliveredAt);
        });

        model.Entity<OutboxLease>(e =>
        {
            e.ToTable(Table("outbox_lease"));
            e.HasKey(l => l.Name);
            e.Property(l => l.Name).HasMaxLength(100);
            e.Property(l => l.Holder).HasMaxLength(200);
        });
    }
}
