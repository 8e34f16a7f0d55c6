using System.Data;
using System.Globalization;
using Dapper;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Data.Storage;

/// <summary>
/// Dapper mappings for NodaTime: a <see cref="LocalDate"/> is a SQL date (ISO text in SQLite), an
/// <see cref="Instant"/> is a UTC datetime2 (sortable text in SQLite).
/// </summary>
internal static class NodaTimeTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        SqlMapper.AddTypeHandler(new LocalDateHandler());
        SqlMapper.AddTypeHandler(new InstantHandler());
    }

    private sealed class LocalDateHandler : SqlMapper.TypeHandler<LocalDate>
    {
        public override void SetValue(IDbDataParameter parameter, LocalDate value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.ToDateOnly();
        }

        public override LocalDate Parse(object value) => value switch
        {
            string text => LocalDatePattern.Iso.Parse(text.Length > 10 ? text[..10] : text).Value,
            DateTime dateTime => LocalDate.FromDateTime(dateTime),
            DateOnly date => LocalDate.FromDateOnly(date),
            _ => throw new DataException($"Cannot read a date from {value.GetType().Name}."),
        };
    }

    private sealed class InstantHandler : SqlMapper.TypeHandler<Instant>
    {
        public override void SetValue(IDbDataParameter parameter, Instant value)
        {
            parameter.DbType = DbType.DateTime2;
            parameter.Value = value.ToDateTimeUtc();
        }

        public override Instant Parse(object value) => value switch
        {
            string text => Instant.FromDateTimeUtc(DateTime.SpecifyKind(
                DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                DateTimeKind.Utc)),
            DateTime dateTime => Instant.FromDateTimeUtc(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            DateTimeOffset offset => Instant.FromDateTimeOffset(offset),
            _ => throw new DataException($"Cannot read an instant from {value.GetType().Name}."),
        };
    }
}
