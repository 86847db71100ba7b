using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ComplianceHub.Shared.Messaging;

/// <summary>
/// Checks the broker's TLS certificate: against the system's roots, or only against the CA of
/// <c>Messaging:RabbitMq:CaCertificatePath</c> (a private CA), and always for the host name we connect to.
/// </summary>
public static class BrokerCertificateValidation
{
    public static RemoteCertificateValidationCallback For(string? caCertificatePath)
    {
        if (string.IsNullOrWhiteSpace(caCertificatePath))
        {
            return (_, _, _, errors) => errors == SslPolicyErrors.None;
        }

        var authority = X509CertificateLoader.LoadCertificateFromFile(caCertificatePath);
        return (_, certificate, _, errors) =>
        {
            // Name mismatch or a missing certificate is never forgiven; an untrusted chain is rebuilt on our CA alone.
            if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            {
                return false;
            }

            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck; // a private CA publishes no revocation list
            using var presented = new X509Certificate2(certificate);
            return chain.Build(presented);
        };
    }
}
