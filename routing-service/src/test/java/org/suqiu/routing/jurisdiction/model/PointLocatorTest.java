package org.suqiu.routing.jurisdiction.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class PointLocatorTest {

    private final PointLocator locator = DemoData.pointLocator();

    @Test
    void shouldHoldTheSevenCountiesOfJiaxingInEachCrs() {
        assertThat(locator.size(Crs.WGS84)).isEqualTo(7);
        assertThat(locator.size(Crs.GCJ02)).isEqualTo(7);
    }

    @Test
    void shouldLocateAPointInTongxiangGivenInWgs84() {
        // 乌镇, as a phone's GPS gives it
        assertThat(locator.locate(30.7454, 120.4870, Crs.WGS84)).containsExactly("330483");
    }

    @Test
    void shouldLocateAPointInTongxiangGivenInGcj02() {
        // 桐乡市 centre as AMap publishes it (GCJ-02)
        assertThat(locator.locate(30.629065, 120.551085, Crs.GCJ02)).containsExactly("330483");
    }

    @Test
    void shouldLocateEachCountyAtItsPublishedCentre() {
        assertThat(locator.locate(30.764652, 120.749953, Crs.GCJ02)).containsExactly("330402");
        assertThat(locator.locate(30.841352, 120.921871, Crs.GCJ02)).containsExactly("330421");
        assertThat(locator.locate(30.525544, 120.688821, Crs.GCJ02)).containsExactly("330481");
        assertThat(locator.locate(30.698921, 121.014666, Crs.GCJ02)).containsExactly("330482");
    }

    @Test
    void shouldFindNothingForAPointInHangzhouBay() {
        assertThat(locator.locate(30.35, 121.25, Crs.WGS84)).isEmpty();
        assertThat(locator.locate(30.35, 121.25, Crs.GCJ02)).isEmpty();
    }

    @Test
    void shouldFindNothingForAPointOutsideJiaxing() {
        // 杭州 西湖
        assertThat(locator.locate(30.2431, 120.1497, Crs.WGS84)).isEmpty();
    }

    @Test
    void shouldFindNothingForCoordinatesThatAreNotNumbers() {
        assertThat(locator.locate(Double.NaN, 120.4870, Crs.WGS84)).isEmpty();
    }
}
