using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Domain.UnitTests.Common;

public class SearchTextTests
{
    [Test]
    public void Words_are_folded_and_stripped_of_punctuation_so_that_each_can_be_found_by_its_prefix()
    {
        SearchText.Words("Наставничество «Ёлочка»: старшие – младшим", null, " Лицей №2 (Усть-Кут) ")
            .Should().Be("наставничество елочка старшие младшим лицей 2 усть кут");
    }

    [Test]
    public void A_programme_keeps_the_words_of_its_title_and_description_in_step()
    {
        var programme = new Programme(Guid.NewGuid(), "Программа «Ёлочка»", new AcademicYear(2024));
        programme.SearchWords.Should().Be("программа елочка");

        programme.Update("Программа «Сосна»", "Профориентация, адаптация", new AcademicYear(2024), null);

        programme.SearchWords.Should().Be("программа сосна профориентация адаптация");
    }
}
