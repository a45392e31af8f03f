using System.Globalization;

namespace Atlas.JiraSimulator.Behaviour;

/// <summary>The API user's profile settings that change how JQL dates are read and timestamps are written.</summary>
internal sealed class UserProfile
{
    private volatile ProfileSettings _settings;

    public UserProfile(string timeZone, string locale) => _settings = ProfileSettings.Create(timeZone, locale);

    public ProfileSettings Settings => _settings;

    public void Set(string? timeZone, string? locale)
    {
        var current = _settings;
        _settings = ProfileSettings.Create(timeZone ?? current.TimeZoneId, locale ?? current.Locale);
    }
}

/// <summary>An immutable snapshot of the profile; <see cref="FirstDayOfWeek"/> follows the locale (en_US: Sunday).</summary>
internal sealed record ProfileSettings(string TimeZoneId, TimeZoneInfo Zone, string Locale, DayOfWeek FirstDayOfWeek)
{
    /// <exception cref="ArgumentException">The time zone or locale is unknown.</exception>
    public static ProfileSettings Create(string timeZone, string locale)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            throw new ArgumentException($"Unknown time zone '{timeZone}'. Use an IANA id such as America/Los_Angeles.");
        }

        return new ProfileSettings(timeZone, zone, locale, FirstDay(locale));
    }

    private static DayOfWeek FirstDay(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale.Replace('_', '-'), predefinedOnly: true).DateTimeFormat.FirstDayOfWeek;
        }
        catch (CultureNotFoundException)
        {
            throw new ArgumentException($"Unknown locale '{locale}'. Use a locale such as en_US or de_DE.");
        }
    }
}
