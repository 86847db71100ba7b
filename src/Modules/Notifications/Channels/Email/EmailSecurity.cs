namespace ComplianceHub.Notifications.Channels.Email;

/// <summary>How the connection to the SMTP relay is protected.</summary>
internal enum EmailSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS before anything is sent; refused if the relay does not offer it.</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    Tls = 2,

    /// <summary>No encryption: loopback relays only (a local MTA or a test server).</summary>
    None = 3,
}
