namespace Instroom.Web.Features.Overview;

/// <summary>
/// Soft hyphens in the long Dutch words of the overview's narrow columns, so "afgeschermd" or "Doorstroomlijst" may
/// break over two lines and fifteen columns fit a 1366-pixel projector. Browsers do not hyphenate Dutch by themselves
/// on every platform; a soft hyphen is invisible unless the word breaks there, and screen readers skip it.
/// </summary>
public static class OverviewText
{
    private const char SoftHyphen = '\u00AD';

    private static readonly (string Word, string Breakable)[] Words =
    [
        ("afgeschermd", $"afge{SoftHyphen}schermd"),
        ("Instroomlijst", $"Instroom{SoftHyphen}lijst"),
        ("instroomlijst", $"instroom{SoftHyphen}lijst"),
        ("Doorstroomlijst", $"Doorstroom{SoftHyphen}lijst"),
        ("Aanleveringen", $"Aan{SoftHyphen}leveringen"),
    ];

    public static string Breakable(string text)
    {
        foreach (var (word, breakable) in Words)
        {
            text = text.Replace(word, breakable, StringComparison.Ordinal);
        }

        return text;
    }
}
