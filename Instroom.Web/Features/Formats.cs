using System.Globalization;

namespace Instroom.Web.Features;

/// <summary>nl-NL formatting for everything a user reads.</summary>
public static class Formats
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
}
