package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Place names written in the Arabic script: Persian sentences written for these tests. */
class PersianPlacesTest {
    private static final Geoparser GEO = Geoparser.standard();

    private static Toponym named(List<Toponym> ts, String asWritten) {
        return ts.stream().filter(t -> t.text().equals(asWritten)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + asWritten + "' in " + ts));
    }

    private static void spanIs(String text, Toponym t, String asWritten) {
        assertEquals(text.indexOf(asWritten), t.span().start(), t.toString());
        assertEquals(asWritten, text.substring(t.span().start(), t.span().end()));
    }

    @Test
    void twoIranianCitiesInAPersianSentenceWithTheirIdsAndOffsets() {
        String text = "روز دوشنبه کارگران در کازرون و شیراز دست به اعتصاب زدند.";
        List<Toponym> ts = GEO.parse(text);
        assertEquals(2, ts.size(), ts.toString());
        assertEquals(128321L, named(ts, "کازرون").place().geonameId());
        assertEquals(115019L, named(ts, "شیراز").place().geonameId());
        spanIs(text, named(ts, "کازرون"), "کازرون");
        spanIs(text, named(ts, "شیراز"), "شیراز");
        assertEquals(Toponym.Role.LOCATION, named(ts, "کازرون").role());
    }

    @Test
    void arabicYehAndKafAreThePersianLetters() {
        String text = "معلمان در كازرون و شيراز تجمع كردند.";
        List<Toponym> ts = GEO.parse(text);
        assertEquals(128321L, named(ts, "كازرون").place().geonameId());
        assertEquals(115019L, named(ts, "شيراز").place().geonameId());
    }

    @Test
    void aNameWithZwnjOrASpaceIsOneName() {
        String zwnj = "بازنشستگان در خرم\u200Cآباد گرد آمدند.";
        String space = "بازنشستگان در خرم آباد گرد آمدند.";
        Toponym a = named(GEO.parse(zwnj), "خرم\u200Cآباد");
        Toponym b = named(GEO.parse(space), "خرم آباد");
        assertEquals(127349L, a.place().geonameId());
        assertEquals(127349L, b.place().geonameId());
        spanIs(zwnj, a, "خرم\u200Cآباد");
    }

    @Test
    void cityAndProvinceWordsSayTheFeatureAndStayOutOfTheSpan() {
        String text = "در شهر کازرون در استان فارس صدای تیراندازی شنیده شد.";
        List<Toponym> ts = GEO.parse(text);
        Toponym city = named(ts, "کازرون");
        Toponym province = named(ts, "فارس");
        assertEquals(128321L, city.place().geonameId());
        assertEquals("ADM1", province.feature());
        assertEquals("IR", province.place().country());
        spanIs(text, province, "فارس");
        assertEquals(2, ts.size(), ts.toString());
    }

    @Test
    void aPluralEndingJoinedByZwnjIsLeftOutOfTheSpan() {
        String text = "تهران\u200Cها شب آرامی نداشتند.";
        Toponym t = named(GEO.parse(text), "تهران");
        assertEquals(112931L, t.place().geonameId());
        assertEquals(0, t.span().start());
    }

    @Test
    void theDemonymOfACityIsNoPlace() {
        List<Toponym> ts = GEO.parse("یک وکیل تهرانی و یک فعال شیرازی بازداشت شدند.");
        assertTrue(ts.isEmpty(), ts.toString());
    }

    @Test
    void persianWordsThatNameTownsElsewhereAreNoPlaces() {
        List<Toponym> ts = GEO.parse("اگر آب و برق قطع شود، مردم به میدان می\u200Cآیند؛ این خبر بالا گرفت.");
        assertTrue(ts.isEmpty(), ts.toString());
    }

    @Test
    void anAdjectiveThatTranscribesASmallForeignTownIsNoPlace() {
        // "خونین" (bloody) is also GeoNames' Persian name of Junin, Argentina (under 100,000 people)
        List<Toponym> ts = GEO.parse("پس از سرکوب خونین تجمع، خانواده‌ها در شیراز گرد آمدند.");
        assertTrue(ts.stream().noneMatch(t -> "AR".equals(t.place().country())), ts.toString());
        assertTrue(ts.stream().anyMatch(t -> "IR".equals(t.place().country())), ts.toString());
    }

    @Test
    void aPersianTextPicksTheIranianReading() {
        Toponym abadan = named(GEO.parse("کارگران پالایشگاه آبادان دست از کار کشیدند."), "آبادان");
        assertEquals(145459L, abadan.place().geonameId()); // not Ibadan, Nigeria, which is bigger
        Toponym nowshahr = named(GEO.parse("ماهیگیران در نوشهر تجمع کردند."), "نوشهر");
        assertEquals("IR", nowshahr.place().country());
    }

    @Test
    void withoutThePersianPriorTheBiggerTownWins() {
        Gazetteer g = Gazetteers.standard();
        Candidate c = new Candidate(new org.vigil.model.Span(0, 6), "آبادان", g.lookup(NameKey.of("آبادان")),
                Candidate.Feature.PLACE, Toponym.Role.LOCATION);
        ContextPlaceResolver r = new ContextPlaceResolver();
        assertEquals("NG", r.resolve(List.of(c)).get(0).place().country());
        assertEquals("IR", r.resolve(List.of(c), "آبادان شهری در جنوب ایران است").get(0).place().country());
    }

    @Test
    void anOriginAfterFromButNotAfterAfter() {
        List<Toponym> ts = GEO.parse("نیروهای امنیتی از شیراز به کازرون اعزام شدند.");
        assertEquals(Toponym.Role.ORIGIN, named(ts, "شیراز").role());
        assertEquals(Toponym.Role.LOCATION, named(ts, "کازرون").role());
        assertEquals(Toponym.Role.LOCATION, named(GEO.parse("پس از مشهد نوبت تبریز بود."), "مشهد").role());
    }

    @Test
    void countriesInPersianAndArabic() {
        List<Toponym> ts = GEO.parse("اعتراضات در ایران و عراق ادامه دارد.");
        assertEquals("IR", named(ts, "ایران").place().country());
        assertEquals("IQ", named(ts, "عراق").place().country());
        assertEquals("IQ", named(GEO.parse("تظاهر المحتجون في بغداد وسط العراق."), "العراق").place().country());
    }

    @Test
    void persianDigitsAndLatinNamesInOneText() {
        String text = "در ۱۵ مهر ۱۴۰۱ در اصفهان و in Isfahan.";
        List<Toponym> ts = GEO.parse(text);
        assertEquals(418863L, named(ts, "اصفهان").place().geonameId());
        assertEquals(418863L, named(ts, "Isfahan").place().geonameId());
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("مهر")), ts.toString());
    }
}
