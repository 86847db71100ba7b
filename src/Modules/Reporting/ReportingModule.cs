using ComplianceHub.Reporting.Adequacy;
using ComplianceHub.Reporting.ProcessingActivities;
using ComplianceHub.Reporting.Processors;
using ComplianceHub.Reporting.RegisterHistory;
using ComplianceHub.Reporting.Registers;
using ComplianceHub.Reporting.Reports;
using ComplianceHub.Reporting.Reports.Content;
using ComplianceHub.Reporting.Reports.Distribution;
using ComplianceHub.Reporting.Reports.Generate;
using ComplianceHub.Reporting.Reports.Generation;
using ComplianceHub.Reporting.Reports.Get;
using ComplianceHub.Reporting.Reports.List;
using ComplianceHub.Reporting.Reports.Verify;
using ComplianceHub.Reporting.RequestLog;
using ComplianceHub.Reporting.Retention;
using ComplianceHub.Reporting.Schedules;
using ComplianceHub.Reporting.TransferLog;
using ComplianceHub.Reporting.Transfers;
using ComplianceHub.Shared.Configuration;
using ComplianceHub.Shared.Geography;
using ComplianceHub.Shared.Messaging;
using ComplianceHub.Shared.Messaging.Outbox;
using ComplianceHub.Shared.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Reporting;

/// <summary>Art. 30 registers (processing activities, transfers, processors) and the scheduled compliance reports (Art. 30, 44–49, 28).</summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<ReportingOptions>(ReportingOptions.Section);
        builder.Services.AddSingleton(options.LoadAdequacyDecisions());
        builder.AddModuleDbContext<ReportingDbContext>();
        builder.Services.AddScoped<RegisterWrites>();
        builder.Services.AddScoped<Register<ProcessingActivity, ProcessingActivityRequest, ProcessingActivityView>, ProcessingActivityRegister>();
        builder.Services.AddScoped<Register<Transfer, TransferRequest, TransferView>, TransferRegister>();
        builder.Services.AddScoped<Register<Processor, ProcessorRequest, ProcessorView>, ProcessorRegister>();
        builder.Services.AddSingleton<ReportSignatures>();
        builder.Services.AddScoped<ReportRequests>();
        builder.Services.AddScoped<ReportGenerator>();
        builder.Services.AddScoped<DistributionHandOff>();
        builder.Services.AddScoped<RequestLogProjection>();
        builder.AddValidatedOptions<ReportRetentionOptions>(ReportRetentionOptions.Section);
        builder.Services.AddScoped<ReportRetention>();
        builder.Services.AddHostedService<ReportRetentionService>();
        builder.AddReportSchedules();
        builder.AddModuleMessaging(bus =>
        {
            bus.AddConsumer<ReportDistributedConsumer>();
            bus.AddConsumer<GenerateReportConsumer>();
            bus.AddConsumer<GenerateReportFaultConsumer>();
            bus.AddConsumer<RequestLogReceivedConsumer>();
            bus.AddConsumer<RequestLogExtendedConsumer>();
            bus.AddConsumer<RequestLogRespondedConsumer>();
            bus.AddConsumer<PersonalDataTransferredConsumer>();
        });
        return builder;
    }

    /// <summary>The REST operations, under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapProcessingActivities();
        api.MapTransfers();
        api.MapProcessors();
        api.MapRegisterHistory();
        api.MapAdequacyDecisions();
        api.MapGenerateReport();
        api.MapListReports();
        api.MapGetReport();
        api.MapReportContent();
        api.MapVerifyReport();
        api.MapReportSchedules();
        return api;
    }
}
