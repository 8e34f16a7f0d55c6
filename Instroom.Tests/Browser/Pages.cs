namespace Instroom.Tests.Browser;

/// <summary>Every page the app has today, with the name its screenshots get. Add new pages here.</summary>
public class Pages : TheoryData<string, string>
{
    public const string NotFound = "/deze-pagina-bestaat-niet";

    public const string Failure = "/test/fout";

    public const string MapTestPage = "/test/kaart";

    public Pages()
    {
        Add("/", "landelijk-overzicht");
        Add("/?niveau=toezichtregio", "landelijk-overzicht-toezichtregios");
        Add("/regios", "regios");
        Add("/regios/JZ29", "regio-weekbeeld-rijnmond");
        Add("/regios/TR08", "regio-weekbeeld-brabant");
        Add("/inspectie", "inspectie");
        Add("/toegankelijkheid", "toegankelijkheid");
        Add("/trends", "trends");
        Add("/indicatoren", "indicatoren");
        Add("/aanleveringen", "aanleveringen");
        Add("/aanleveringen/GI-JBRR", "aanleveringen-bron");
        Add("/beheer", "beheer");
        Add(NotFound, "niet-gevonden");
        Add(Failure, "fout");
    }
}

/// <summary>The real pages plus the test page that shows the map with every status.</summary>
public sealed class PagesAndTestPages : Pages
{
    public PagesAndTestPages() => Add(MapTestPage, "kaart-alle-statussen");
}
