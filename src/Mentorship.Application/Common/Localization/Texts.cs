using System.Globalization;

namespace Mentorship.Application.Common;

/// <summary>
/// User-facing messages in Russian (the default) and English, chosen by the request culture
/// (Accept-Language). FluentValidation brings its own translations for the built-in rules.
/// </summary>
public static class Texts
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string ru, string en) => IsEnglish ? en : ru;

    public static string NotFound(string entity, object key) =>
        Pick($"Запись «{EntityTitle(entity, false)}» ({key}) не найдена.", $"{EntityTitle(entity, true)} ({key}) was not found.");

    public static string Forbidden => Pick("Недостаточно прав для этого действия.", "You are not allowed to do this.");

    public static string StaleVersion => Pick(
        "Запись изменена другим пользователем: получите её заново и повторите изменение.",
        "The record was changed by someone else: fetch it again and repeat the change.");

    public static string Duplicate(string what, string value) => Pick(
        $"{what} «{value}» уже зарегистрирован.",
        $"{what} '{value}' is already registered.");

    public static string EntityTitle(string entity, bool english) => (entity, english) switch
    {
        ("Region", false) => "регион",
        ("Municipality", false) => "муниципалитет",
        ("Organization", false) => "организация",
        ("HeadCount", false) => "численность",
        (_, true) => entity,
        _ => entity,
    };
}
