using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplianceHub.Migrations.Sqlite.DataSubjectRequests
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_subject_requests_inbox_state",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsumerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiveCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsumedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSequenceNumber = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_subject_requests_inbox_state", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_subject_requests_outbox_lease",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_subject_requests_outbox_lease", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "data_subject_requests_outbox_message",
                columns: table => new
                {
                    SequenceNumber = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartitionKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SchedulingTokenId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RetryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrelationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InitiatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DestinationAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ResponseAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FaultAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SentTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpirationTime = table.Column<long>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Headers = table.Column<string>(type: "TEXT", nullable: true),
                    Properties = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_subject_requests_outbox_message", x => x.SequenceNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_inbox_state_DeliveredAt",
                table: "data_subject_requests_inbox_state",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_inbox_state_MessageId_ConsumerId",
                table: "data_subject_requests_inbox_state",
                columns: new[] { "MessageId", "ConsumerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_outbox_message_DeliveredAt",
                table: "data_subject_requests_outbox_message",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_outbox_message_pending_now",
                table: "data_subject_requests_outbox_message",
                column: "SequenceNumber",
                filter: "\"DeliveredAt\" IS NULL AND \"ParkedAt\" IS NULL AND \"DueAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_outbox_message_pending_retries",
                table: "data_subject_requests_outbox_message",
                column: "RetryAt",
                filter: "\"DeliveredAt\" IS NULL AND \"ParkedAt\" IS NULL AND \"RetryAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_outbox_message_pending_timers",
                table: "data_subject_requests_outbox_message",
                column: "DueAt",
                filter: "\"DeliveredAt\" IS NULL AND \"ParkedAt\" IS NULL AND \"DueAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_data_subject_requests_outbox_message_SchedulingTokenId",
                table: "data_subject_requests_outbox_message",
                column: "SchedulingTokenId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_subject_requests_inbox_state");

            migrationBuilder.DropTable(
                name: "data_subject_requests_outbox_lease");

            migrationBuilder.DropTable(
                name: "data_subject_requests_outbox_message");
        }
    }
}
