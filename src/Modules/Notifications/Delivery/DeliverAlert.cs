namespace ComplianceHub.Notifications.Delivery;

/// <summary>
/// Deliver an alert to one DPO on the channels its priority and their working hours call for; <paramref name="Deferred"/>
/// when this is the delivery a Medium alert waited for (it goes out now, whatever the hour).
/// </summary>
public sealed record DeliverAlert(Guid AlertId, Guid DpoId, int Level, bool Deferred = false);
