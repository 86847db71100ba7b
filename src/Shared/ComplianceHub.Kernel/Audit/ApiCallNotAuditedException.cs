namespace ComplianceHub.Shared.Audit;

/// <summary>A state-changing API call whose audit entry could not be committed: it is not answered as a success (Art. 5(2)).</summary>
public sealed class ApiCallNotAuditedException(string operation, Exception inner) : Exception($"The audit entry of {operation} could not be written.", inner);
