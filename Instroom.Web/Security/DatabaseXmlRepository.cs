using System.Xml.Linq;
using Dapper;
using Instroom.Data.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Instroom.Web.Security;

/// <summary>
/// Data Protection keys in table <c>data_protection_key</c>, so every web server behind a load balancer reads the same
/// key ring and accepts each other's cookies and antiforgery tokens. Synchronous because <see cref="IXmlRepository"/> is.
/// </summary>
public sealed class DatabaseXmlRepository(InstroomDatabase database) : IXmlRepository
{
    internal const string SelectKeysSql = "SELECT xml FROM data_protection_key ORDER BY id";

    internal const string InsertKeySql = "INSERT INTO data_protection_key (friendly_name, xml) VALUES (@FriendlyName, @Xml)";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query<string>(SelectKeysSql).Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = database.Open();
        connection.Execute(InsertKeySql, new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
