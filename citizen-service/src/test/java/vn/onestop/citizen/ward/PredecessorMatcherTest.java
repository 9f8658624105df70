package vn.onestop.citizen.ward;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PredecessorMatcherTest {

	private static AdminUnitData data;

	@BeforeAll
	static void loadRealData() {
		data = AdminUnitData.loadFromClasspath();
	}

	@Test
	void haiChauInDaNangHasExactlyItsFivePredecessors() {
		assertThat(predecessorNames("20242")).containsExactlyInAnyOrder("Phường Thanh Bình", "Phường Thuận Phước",
				"Phường Thạch Thang", "Phường Phước Ninh", "Phường Hải Châu");
		assertThat(data.mergerMap().predecessorsOf("20242")).allSatisfy(link -> {
			assertThat(link.predecessor().provinceName()).isEqualTo("Đà Nẵng");
			assertThat(link.successor().fullName()).isEqualTo("Phường Hải Châu");
		});
	}

	@Test
	void phuThoWardOfPhuThoProvinceComesFromHungVuongVanLungAndHaLoc() {
		AdminUnit phuTho = newUnit("25", "Phường Phú Thọ");
		List<MergerLink> links = data.mergerMap().predecessorsOf(phuTho.code());
		assertThat(links).extracting(l -> l.predecessor().fullName())
			.containsExactlyInAnyOrder("Phường Hùng Vương", "Xã Văn Lung", "Xã Hà Lộc");
		assertThat(links).filteredOn(l -> l.predecessor().fullName().equals("Phường Hùng Vương"))
			.singleElement()
			.satisfies(l -> assertThat(l.predecessor().districtName()).isEqualTo("Thị xã Phú Thọ"));
	}

	@Test
	void districtHintPicksPhuong8OfQuan11ForPhuThoWardOfHoChiMinhCity() {
		AdminUnit phuTho = newUnit("79", "Phường Phú Thọ");
		assertThat(data.mergerMap().predecessorsOf(phuTho.code()))
			.extracting(l -> l.predecessor().fullName() + " / " + l.predecessor().districtName())
			.containsExactlyInAnyOrder("Phường 11 / Quận 11", "Phường 15 / Quận 11", "Phường 8 / Quận 11");
	}

	@Test
	void remainderOfASplitWardIsPartialOnBothSides() {
		AdminUnit baDinh = newUnit("01", "Phường Ba Đình");
		AdminUnit hoanKiem = newUnit("01", "Phường Hoàn Kiếm");
		MergerLink cuaDongToBaDinh = link(baDinh, "Phường Cửa Đông");
		MergerLink cuaDongToHoanKiem = link(hoanKiem, "Phường Cửa Đông");
		assertThat(cuaDongToBaDinh.partial()).isTrue();
		assertThat(cuaDongToHoanKiem.partial()).isTrue();
		assertThat(data.mergerMap().successorsOf(cuaDongToBaDinh.predecessor().code()))
			.extracting(l -> l.successor().fullName())
			.containsExactlyInAnyOrder("Phường Ba Đình", "Phường Hoàn Kiếm");
		assertThat(link(baDinh, "Phường Quán Thánh").partial()).isFalse();
	}

	@Test
	void explicitOnePartMarkerMakesThePartialLink() {
		assertThat(data.mergerMap().links()).filteredOn(l -> l.predecessor().fullName().equals("Xã Trần Hợi"))
			.isNotEmpty()
			.allSatisfy(l -> assertThat(l.partial()).isTrue());
	}

	@Test
	void keptUnchangedUnitIsItsOwnPredecessor() {
		AdminUnit muongLat = newUnit("38", "Xã Mường Lát");
		assertThat(data.mergerMap().predecessorsOf(muongLat.code())).isNotEmpty();
	}

	@Test
	void atLeastNinetyNinePointFivePercentOfPredecessorNamesResolve() {
		MergerMap map = data.mergerMap();
		assertThat(map.predecessorNames()).isGreaterThan(10_000);
		assertThat(map.matchRate()).isGreaterThanOrEqualTo(0.995);
	}

	@Test
	void checkedInUnmatchedReportIsWhatTheMatcherProducesNow() throws IOException {
		String generated = UnmatchedReport.render(data.mergerMap());
		String checkedIn = checkedInReport();
		if (!generated.equals(checkedIn)) {
			Path fresh = Path.of("target", UnmatchedReport.RESOURCE);
			Files.createDirectories(fresh.getParent());
			Files.writeString(fresh, generated, StandardCharsets.UTF_8);
		}
		assertThat(checkedIn).as("admin-units/%s is stale; the current report is in target/", UnmatchedReport.RESOURCE)
			.isEqualTo(generated);
	}

	private static String checkedInReport() throws IOException {
		try (InputStream in = AdminUnitData.class.getClassLoader()
			.getResourceAsStream(AdminUnitData.DIRECTORY + UnmatchedReport.RESOURCE)) {
			return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> predecessorNames(String successorCode) {
		return data.mergerMap().predecessorsOf(successorCode).stream().map(l -> l.predecessor().fullName()).toList();
	}

	private static AdminUnit newUnit(String provinceCode, String fullName) {
		return data.catalog()
			.newUnits()
			.stream()
			.filter(u -> u.provinceCode().equals(provinceCode) && u.fullName().equals(fullName))
			.findFirst()
			.orElseThrow();
	}

	private static MergerLink link(AdminUnit successor, String predecessorFullName) {
		return data.mergerMap()
			.predecessorsOf(successor.code())
			.stream()
			.filter(l -> l.predecessor().fullName().equals(predecessorFullName))
			.findFirst()
			.orElseThrow();
	}

}
