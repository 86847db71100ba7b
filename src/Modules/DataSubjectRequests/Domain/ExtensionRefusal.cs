namespace ComplianceHub.DataSubjectRequests.Domain;

/// <summary>Why an Art. 12(3) extension is refused.</summary>
public enum ExtensionRefusal
{
    MonthsOutOfRange,
    MoreThanTwoMonths,
    NoticeBeforeReceipt,
    NoticeAfterFirstMonth,
    FirstMonthOver,
}
