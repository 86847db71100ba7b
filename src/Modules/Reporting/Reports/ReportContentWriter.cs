using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Reporting.Reports;

/// <summary>
/// Writes a report's content into <see cref="ReportChunk"/>s of a fixed size while hashing it (SHA-256, incrementally):
/// rows collect in a buffer, and every full chunk is saved and let go, so memory stays at one chunk plus one page of
/// rows however long the report. Keeps a copy for the email attachment while the content stays under its limit.
/// </summary>
internal sealed class ReportContentWriter(ReportingDbContext db, Guid reportId, int chunkBytes, long attachmentLimit) : IDisposable
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();
    private readonly MemoryStream _pending = new();
    private char[] _chars = new char[1024];
    private byte[] _bytes = new byte[4096];
    private MemoryStream? _attachment = new();
    private int _sequence;

    public long Rows { get; private set; }

    public long Length { get; private set; }

    public void Header(IReadOnlyList<string> columns) => Append(columns);

    public void Row(IReadOnlyList<string?> fields)
    {
        Append(fields);
        Rows++;
    }

    /// <summary>Saves every full chunk written so far. Call between pages: never while a query's reader is open.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (_pending.Length >= chunkBytes)
        {
            await SaveChunkAsync(chunkBytes, cancellationToken);
        }
    }

    /// <summary>Saves the rest; returns the digest and, when the content fits the limit, the whole content.</summary>
    public async Task<(string Sha256, byte[]? Content)> CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        if (_pending.Length > 0)
        {
            await SaveChunkAsync((int)_pending.Length, cancellationToken);
        }

        return (Convert.ToHexStringLower(_sha256.GetHashAndReset()), _attachment?.ToArray());
    }

    public void Dispose()
    {
        _sha256.Dispose();
        _pending.Dispose();
        _attachment?.Dispose();
    }

    private void Append(IReadOnlyList<string?> fields)
    {
        _line.Clear();
        ReportCsv.AppendLine(_line, fields);
        // Encoded through reused buffers: a million rows must not mean a million strings and arrays to collect.
        if (_chars.Length < _line.Length)
        {
            _chars = new char[_line.Length * 2];
        }

        _line.CopyTo(0, _chars, _line.Length);
        var chars = _chars.AsSpan(0, _line.Length);
        var size = Encoding.UTF8.GetByteCount(chars);
        if (_bytes.Length < size)
        {
            _bytes = new byte[size * 2];
        }

        var bytes = _bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, _bytes));
        _pending.Write(bytes);
        _sha256.AppendData(bytes);
        Length += bytes.Length;
        if (_attachment is not null)
        {
            if (Length > attachmentLimit)
            {
                _attachment.Dispose();
                _attachment = null;
            }
            else
            {
                _attachment.Write(bytes);
            }
        }
    }

    private async Task SaveChunkAsync(int size, CancellationToken cancellationToken)
    {
        var buffer = _pending.GetBuffer();
        var chunk = new ReportChunk { ReportId = reportId, Sequence = _sequence++, Data = buffer.AsSpan(0, size).ToArray() };
        var rest = (int)_pending.Length - size;
        Buffer.BlockCopy(buffer, size, buffer, 0, rest);
        _pending.SetLength(rest);
        _pending.Position = rest;
        db.ReportChunks.Add(chunk);
        await db.SaveChangesAsync(cancellationToken);
        // Let the chunk go: the change tracker would otherwise hold the whole report.
        db.Entry(chunk).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
    }
}
