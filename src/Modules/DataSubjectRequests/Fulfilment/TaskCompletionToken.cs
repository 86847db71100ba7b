using System.Text;
using ComplianceHub.Shared.MessageSecurity;

namespace ComplianceHub.DataSubjectRequests.Fulfilment;

/// <summary>
/// What proves that a completion comes from the system that owns the task: a MAC over request, task and system under
/// the host's key ring, handed only to that system (in its bus command or its signed webhook) and sent back with its
/// answer. Another system of the same organisation, or a caller who only knows the ids, cannot make one.
/// <c>{keyId}.{base64 MAC}</c>; it verifies as long as its key is listed in the ring.
/// </summary>
public sealed class TaskCompletionToken(MessageKeyRing keys)
{
    private const string Purpose = "compliancehub/dsr-task-completion/v1";

    internal string Issue(Guid requestId, Guid taskId, Guid systemId)
    {
        var (keyId, signature) = keys.SignRecord(Purpose, Data(requestId, taskId, systemId));
        return $"{keyId}.{signature}";
    }

    internal bool Verify(string? token, Guid requestId, Guid taskId, Guid systemId)
    {
        var dot = token?.LastIndexOf('.') ?? -1;
        return dot > 0 && token!.Length <= 512 && keys.VerifyRecord(Purpose, token[..dot], Data(requestId, taskId, systemId), token[(dot + 1)..]);
    }

    private static byte[] Data(Guid requestId, Guid taskId, Guid systemId) => Encoding.ASCII.GetBytes($"{requestId:N}/{taskId:N}/{systemId:N}");
}
