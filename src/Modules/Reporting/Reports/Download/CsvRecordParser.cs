using System.Text;

namespace ComplianceHub.Reporting.Reports.Content;

/// <summary>
/// Reads the stored CSV back into records, fed piece by piece (a record may span two chunks). Understands what
/// <see cref="ReportCsv"/> writes: quoted fields with doubled quotes and line breaks, CRLF line ends.
/// </summary>
internal sealed class CsvRecordParser
{
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _field = new();
    private readonly List<string> _record = [];
    private char[] _chars = [];
    private bool _quoted;
    private bool _quoteSeen;
    private bool _wasQuoted;

    public void Feed(byte[] bytes, Action<IReadOnlyList<string>> onRecord)
    {
        var count = _utf8.GetCharCount(bytes, flush: false);
        if (_chars.Length < count)
        {
            _chars = new char[count];
        }

        var written = _utf8.GetChars(bytes, _chars, flush: false);
        foreach (var c in _chars.AsSpan(0, written))
        {
            Next(c, onRecord);
        }
    }

    private void Next(char c, Action<IReadOnlyList<string>> onRecord)
    {
        if (_quoted)
        {
            if (_quoteSeen)
            {
                _quoteSeen = false;
                if (c == '"')
                {
                    _field.Append('"');
                    return;
                }

                _quoted = false; // that quote closed the field: c is read below
            }
            else if (c == '"')
            {
                _quoteSeen = true;
                return;
            }
            else
            {
                _field.Append(c);
                return;
            }
        }

        switch (c)
        {
            case '"' when _field.Length == 0 && !_wasQuoted:
                _quoted = _wasQuoted = true;
                break;
            case ',':
                EndField();
                break;
            case '\r':
                break;
            case '\n':
                EndField();
                onRecord(_record);
                _record.Clear();
                break;
            default:
                _field.Append(c);
                break;
        }
    }

    private void EndField()
    {
        _record.Add(_field.ToString());
        _field.Clear();
        _wasQuoted = false;
    }
}
