package org.suqiu.routing.jurisdiction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class ChinaCoordinatesTest {

    /** A point in 桐乡市 about 400 m from its border with 秀洲区, as GPS gives it and as a map app shows it. */
    private static final double WGS_LAT = 30.650000;
    private static final double WGS_LNG = 120.627000;
    private static final double GCJ_LAT = 30.647484;
    private static final double GCJ_LNG = 120.631132;

    @Test
    void shouldShiftAWgs84PointInJiaxingByThePublishedTransform() {
        ChinaCoordinates.LatLng gcj = ChinaCoordinates.wgs84ToGcj02(WGS_LAT, WGS_LNG);

        assertThat(gcj.lat()).isCloseTo(GCJ_LAT, within(1e-6));
        assertThat(gcj.lng()).isCloseTo(GCJ_LNG, within(1e-6));
    }

    @Test
    void shouldInvertTheTransformToWithinAMillimetre() {
        ChinaCoordinates.LatLng wgs = ChinaCoordinates.gcj02ToWgs84(
                ChinaCoordinates.wgs84ToGcj02(WGS_LAT, WGS_LNG).lat(), ChinaCoordinates.wgs84ToGcj02(WGS_LAT, WGS_LNG).lng());

        assertThat(wgs.lat()).isCloseTo(WGS_LAT, within(1e-8));
        assertThat(wgs.lng()).isCloseTo(WGS_LNG, within(1e-8));
    }

    @Test
    void shouldLeavePointsOutsideChinaAsTheyAre() {
        assertThat(ChinaCoordinates.gcj02ToWgs84(48.8584, 2.2945)).isEqualTo(new ChinaCoordinates.LatLng(48.8584, 2.2945));
    }

    @Test
    void shouldPlaceAGcj02PointNearTheCountyBorderOnTheRightSideOnlyAfterConverting() {
        // read as if it were WGS84, the map app's point lands in the neighbouring county
        assertThat(DemoData.pointLocator().locate(GCJ_LAT, GCJ_LNG, Crs.WGS84)).containsExactly("330411");

        JurisdictionFinding found = DemoData.jurisdictionResolver().resolve(new GeoLocation(GCJ_LAT, GCJ_LNG, "GCJ-02"), null, null);

        assertThat(found.jurisdiction().code()).isEqualTo("330483");
        assertThat(found.method()).isEqualTo(JurisdictionMethod.POINT);
        assertThat(found.steps().get(0).detail()).contains("GCJ02 converted to WGS84");
    }
}
